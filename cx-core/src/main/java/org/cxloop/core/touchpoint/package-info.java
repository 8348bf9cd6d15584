/** Touchpoints: the places on a journey stage where the customer meets the company through a channel. */
package org.cxloop.core.touchpoint;
