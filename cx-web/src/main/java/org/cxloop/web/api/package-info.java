/** The versioned JSON API under /api/v1: customers, journey stages and touchpoints, with problem-detail errors. */
package org.cxloop.web.api;
