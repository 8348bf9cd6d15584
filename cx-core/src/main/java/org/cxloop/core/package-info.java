/**
 * The CX Loop domain core: customers, channels, journey stages, touchpoints, interactions, and the people and
 * keys that operate the platform. No web, no mail.
 */
package org.cxloop.core;
