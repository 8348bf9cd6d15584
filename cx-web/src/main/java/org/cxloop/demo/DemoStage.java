package org.cxloop.demo;

/** A stage of the demo company's journey. */
record DemoStage(String code, String name, int position) {
}
