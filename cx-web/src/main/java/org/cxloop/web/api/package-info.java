/** The versioned JSON API under /api/v1: customers, journey stages, touchpoints and journey maps, with problem-detail errors. */
package org.cxloop.web.api;
