package org.cxloop.demo;

/** A generated customer with what the data never shows directly: their persona and personal mood. */
record SimulatedCustomer(DemoCustomer row, Persona persona, double mood) {
}
