/** The journey map pages everyone who signs in can read: the list of journeys, a map version, a comparison. */
package org.cxloop.web.journey;
