/** Customers: who they are, their segment (buyer persona), when they joined and whether they churned. */
package org.cxloop.core.customer;
