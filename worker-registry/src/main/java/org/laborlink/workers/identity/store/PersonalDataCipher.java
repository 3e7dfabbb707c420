package org.laborlink.workers.identity.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps ID and phone numbers unreadable at rest: AES-256-GCM with a random nonce and the row's id and the field's
 * name as associated data (a ciphertext copied to another row or field does not decrypt), and an HMAC-SHA256 blind
 * index to find and de-duplicate a number without decrypting anything. Keys come from configuration.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(@ConfigProperty(name = "laborlink.pii.encryption-key") String encryptionKey,
            @ConfigProperty(name = "laborlink.pii.index-key") String indexKey) {
        this.encryptionKey = new SecretKeySpec(key(encryptionKey, "laborlink.pii.encryption-key"), "AES");
        this.indexKey = new SecretKeySpec(key(indexKey, "laborlink.pii.index-key"), "HmacSHA256");
    }

    public byte[] encrypt(String plaintext, UUID rowId, String field) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(rowId, field));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(byte[] stored, UUID rowId, String field) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(rowId, field));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored " + field + " of " + rowId + " does not decrypt with this key", e);
        }
    }

    /** The keyed hash a number is found and de-duplicated by. */
    public byte[] blindIndex(String plaintext) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("blind index failed", e);
        }
    }

    private static byte[] associatedData(UUID rowId, String field) {
        return (rowId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] key(String base64, String name) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 32) {
            throw new IllegalArgumentException(name + " must be 32 bytes, base64-encoded");
        }
        return key;
    }
}
