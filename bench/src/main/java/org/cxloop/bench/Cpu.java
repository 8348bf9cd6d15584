package org.cxloop.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds used so far by CX Loop (its process, from {@code /proc/<pid>/stat}), by PostgreSQL (every process
 * named {@code postgres}, plus what the postmaster's exited backends used, so other databases on the same server
 * count too) and by this benchmark JVM with the programs it ran and waited for (wrk). Linux only; a figure it cannot read is NaN. Ticks are 1/100 s
 * ({@code getconf CLK_TCK}).
 */
record Cpu(double app, double postgres, double client) {

    private static final double TICKS_PER_SECOND = 100;

    static Cpu now(long appPid) {
        return new Cpu(appPid > 0 ? seconds(Path.of("/proc", Long.toString(appPid), "stat"), false) : Double.NaN,
                postgresTotal(), seconds(Path.of("/proc/self/stat"), true));
    }

    Cpu since(Cpu start) {
        return new Cpu(app - start.app, postgres - start.postgres, client - start.client);
    }

    /** Milliseconds of CPU per unit of work, for each of the three. */
    String perUnit(long units) {
        return "CPU ms per answer: CX Loop %.2f, PostgreSQL %.2f, benchmark client %.2f (total %.2f)".formatted(
                1000 * app / units, 1000 * postgres / units, 1000 * client / units,
                1000 * ((Double.isNaN(app) ? 0 : app) + postgres + client) / units);
    }

    /** The answers per second the machine's cores would allow if CPU were the only limit. */
    double perSecondOnAllCores(long units) {
        return Runtime.getRuntime().availableProcessors() / ((app + postgres + client) / units);
    }

    private static double postgresTotal() {
        var total = 0.0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (var dir : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                var stat = dir.resolve("stat");
                if (comm(stat).equals("postgres")) {
                    total += seconds(stat, true);
                }
            }
        } catch (Exception e) {
            return Double.NaN;
        }
        return total;
    }

    private static String comm(Path stat) {
        try {
            var text = Files.readString(stat);
            return text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
        } catch (Exception e) {
            return "";
        }
    }

    /** utime + stime (and, with children, cutime + cstime) of one process, in seconds; 0 if it has gone. */
    private static double seconds(Path stat, boolean children) {
        try {
            var text = Files.readString(stat);
            var fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
            var ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (children) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (Exception e) {
            return 0;
        }
    }
}
