/** The versioned JSON API under /api/v1: customers, stages, touchpoints, journey maps, responses, imports and metrics, with problem-detail errors. */
package org.cxloop.web.api;
