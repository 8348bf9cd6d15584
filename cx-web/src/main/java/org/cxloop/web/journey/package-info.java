/**
 * The journey map pages everyone who signs in can read: the list of journeys, a map version with its live figures
 * and emotion curve, a comparison.
 */
package org.cxloop.web.journey;
