/** Screens for surveys and campaigns: admins set them up and launch them; everyone signed in follows their progress. */
package org.cxloop.web.surveys;
