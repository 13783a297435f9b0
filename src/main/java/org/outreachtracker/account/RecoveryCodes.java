package org.outreachtracker.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's recovery codes: ten at a time, each ten characters from an alphabet without
 * look-alikes (no 0/o, 1/l/i), shown once as "abcde-fghjk" and stored only as hashes (as
 * passwords are); each works once in place of a code from the app. Typed case, spaces and dashes
 * do not matter.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    static final int LENGTH = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final RecoveryCodeRepository codes;
    private final PasswordHashing hashing;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(RecoveryCodeRepository codes, PasswordHashing hashing, Clock clock) {
        this.codes = codes;
        this.hashing = hashing;
        this.clock = clock;
    }

    /** Replaces the account's recovery codes with ten new ones, returned to be shown once. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> renew(long accountId) {
        codes.deleteRecoveryCodes(accountId);
        List<String> shown = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH);
            for (int c = 0; c < LENGTH; c++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            codes.save(new RecoveryCode(accountId, hashing.hash(code.toString())));
            shown.add(code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2));
        }
        return List.copyOf(shown);
    }

    /** Uses the code when it is one of the account's unused ones; true when it was. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean use(long accountId, String typed) {
        String code = normalize(typed);
        if (code.length() != LENGTH) {
            return false;
        }
        for (RecoveryCode stored : codes.unusedRecoveryCodes(accountId)) {
            if (hashing.matches(code, stored.codeHash())) {
                return codes.useRecoveryCode(stored.id(), clock.instant()) == 1;
            }
        }
        return false;
    }

    int left(long accountId) {
        return codes.unusedRecoveryCodeCount(accountId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void removeAll(long accountId) {
        codes.deleteRecoveryCodes(accountId);
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
