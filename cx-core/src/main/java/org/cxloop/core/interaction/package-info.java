/** Interactions: a customer at a touchpoint at a moment, and whether and when the matter was resolved. */
package org.cxloop.core.interaction;
