/**
 * Experiments: a hypothesis tested at a touchpoint with two or more variants, and the assignment of customers to a
 * variant (a seeded hash of the external id, or the variant imported with the data).
 */
package org.cxloop.core.experiment;
