/** What integration tests share: the PostgreSQL they run against and the annotation that starts the application. */
package org.cxloop.testsupport;
