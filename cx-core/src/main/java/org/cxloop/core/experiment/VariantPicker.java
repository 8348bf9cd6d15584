package org.cxloop.core.experiment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The random split, reproducible anywhere: SHA-256 over the UTF-8 bytes of seed, a NUL separator and the customer's
 * external id; the first eight bytes, read as an unsigned big-endian number, modulo the number of variants, index
 * the variant. Any tool with SHA-256 can recompute a customer's variant from the seed.
 */
public final class VariantPicker {

    private VariantPicker() {
    }

    public static String pick(String seed, String customerExternalId, List<String> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("There is no variant to pick from");
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "\u0000" + customerExternalId).getBytes(StandardCharsets.UTF_8));
            var bucket = Long.remainderUnsigned(ByteBuffer.wrap(digest, 0, 8).getLong(), variants.size());
            return variants.get((int) bucket);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
