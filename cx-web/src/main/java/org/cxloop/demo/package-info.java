/**
 * The demo data set: with the {@code demo} profile and an empty database, the application loads a year of a fictional
 * company's customers, journey, interactions and survey answers, so a newcomer sees living dashboards at once.
 */
package org.cxloop.demo;
