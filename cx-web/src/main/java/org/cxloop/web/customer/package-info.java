/** The customer page: who a customer is, where they stand, and their timeline across channels. */
package org.cxloop.web.customer;
