package org.dyad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Stable event ids. Imported events are {@code origin:record-id} ({@code gdelt1:123456}); events
 * from text are {@code text:} and a hash of the document and the supporting span, so re-running
 * extraction on the same file gives the same ids.
 */
public final class EventIds {
    private EventIds() {
    }

    public static String imported(Origin origin, String recordId) {
        return origin.id() + ":" + recordId;
    }

    /** {@code prefix:} followed by the first 16 hex digits of the SHA-256 of the parts joined by NUL. */
    public static String hashed(String prefix, Object... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Object p : parts) {
                md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            byte[] h = md.digest();
            StringBuilder b = new StringBuilder(prefix.length() + 17).append(prefix).append(':');
            for (int i = 0; i < 8; i++) {
                b.append(Character.forDigit((h[i] >> 4) & 15, 16)).append(Character.forDigit(h[i] & 15, 16));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
