/** What a person sees when something goes wrong in the UI: a page in their language, never a stack trace. */
package org.cxloop.web.error;
