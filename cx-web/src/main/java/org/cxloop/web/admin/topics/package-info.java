/** The admin screen for the topics comments are tagged with and their keyword lists per language. */
package org.cxloop.web.admin.topics;
