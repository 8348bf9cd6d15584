/** Admin screens for CSV imports: upload, watch the progress, read the rejected lines. */
package org.cxloop.web.admin.imports;
