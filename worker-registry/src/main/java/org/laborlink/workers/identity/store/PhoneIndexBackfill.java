package org.laborlink.workers.identity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.laborlink.platform.concurrency.SerialExecutor;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives the labour files registered before phone numbers had a blind index theirs: at start, in the background,
 * 500 files per transaction (each decrypted with the service's key and indexed), until none is left. Safe to run on
 * several instances at once: a row is locked and skipped by the others.
 */
@ApplicationScoped
public class PhoneIndexBackfill {

    private static final Logger LOG = Logger.getLogger(PhoneIndexBackfill.class);
    private static final int BATCH = 500;

    private final AgroalDataSource database;
    private final PersonalDataCipher cipher;
    private final ManagedExecutor runner = SerialExecutor.create();

    public PhoneIndexBackfill(AgroalDataSource database, PersonalDataCipher cipher) {
        this.database = database;
        this.cipher = cipher;
    }

    void start(@Observes StartupEvent start) {
        runner.execute(this::run);
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    void run() {
        long total = 0;
        try {
            int done;
            do {
                done = batch();
                total += done;
            } while (done == BATCH && !Thread.currentThread().isInterrupted());
            if (total > 0) {
                LOG.infof("phone numbers of %d labour files given their blind index", total);
            }
        } catch (SQLException e) {
            LOG.warnf(e, "phone index backfill stopped after %d files; it goes on at the next start", total);
        }
    }

    private int batch() throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            int done = 0;
            try (PreparedStatement select = c.prepareStatement("select id, phone_cipher from labour_file where "
                    + "phone_cipher is not null and phone_index is null limit " + BATCH + " for update skip locked");
                    PreparedStatement update = c.prepareStatement("update labour_file set phone_index = ? where id = ?")) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        update.setBytes(1, cipher.blindIndex(cipher.decrypt(rows.getBytes(2), id, "phone")));
                        update.setObject(2, id);
                        update.addBatch();
                        done++;
                    }
                }
                update.executeBatch();
            }
            c.commit();
            return done;
        }
    }
}
