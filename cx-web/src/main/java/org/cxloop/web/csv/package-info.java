/** Downloads as CSV: one writer every "Export CSV" link of the dashboard, journey, customer and survey screens shares. */
package org.cxloop.web.csv;
