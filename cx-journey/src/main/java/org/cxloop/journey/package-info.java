/** Journey maps per persona: ordered stages, touchpoints, expectations, moments of truth, as-is and to-be versions. */
package org.cxloop.journey;
