package org.cxloop.survey.imports;

/** Where an import stands. */
public enum ImportStatus {
    RECEIVED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
