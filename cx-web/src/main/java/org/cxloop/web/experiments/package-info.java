/** The experiment screens: list, define, and compare the variants of an experiment (managers and admins). */
package org.cxloop.web.experiments;
