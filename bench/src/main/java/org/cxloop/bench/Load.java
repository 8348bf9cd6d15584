package org.cxloop.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's 1-minute load average, printed beside figures because the benchmark box is shared. */
final class Load {

    private Load() {
    }

    static String now() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }
}
