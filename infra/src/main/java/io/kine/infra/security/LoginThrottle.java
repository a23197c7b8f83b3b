package io.kine.infra.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in Redis, so every node sees the
 * same counts. Past a first threshold each further failure makes the next attempt wait (1 s,
 * 2 s, 4 s...); past a second one the account or address is locked for a while. Accounts are
 * keyed by a hash of the e-mail, so neither Redis nor the log holds the address itself.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String PREFIX = "kine:login:";

    /** Why an attempt is refused before its password is even checked. */
    enum Refusal { SLOWED, LOCKED }

    private final StringRedisTemplate redis;
    private final Limits account;
    private final Limits address;
    private final Duration lockFor;

    LoginThrottle(StringRedisTemplate redis,
            @Value("${kine.login.account.slow-after:5}") int accountSlowAfter,
            @Value("${kine.login.account.lock-after:10}") int accountLockAfter,
            @Value("${kine.login.address.slow-after:20}") int addressSlowAfter,
            @Value("${kine.login.address.lock-after:40}") int addressLockAfter,
            @Value("${kine.login.lock-for:PT15M}") Duration lockFor) {
        this.redis = redis;
        this.account = new Limits(accountSlowAfter, accountLockAfter);
        this.address = new Limits(addressSlowAfter, addressLockAfter);
        this.lockFor = lockFor;
    }

    Optional<Refusal> refusal(String email, String clientAddress) {
        return worst(refusal(accountKey(email)), refusal(addressKey(clientAddress)));
    }

    void failed(String email, String clientAddress) {
        String hash = hashOf(email);
        record(accountKey(email), account, "account " + hash + " from " + clientAddress);
        record(addressKey(clientAddress), address, "address " + clientAddress + " (last account " + hash + ")");
    }

    /** A right password clears the account's count; the address keeps its own, or one good login would reset a spray. */
    void succeeded(String email) {
        String key = accountKey(email);
        redis.delete(java.util.List.of(key + ":failures", key + ":wait", key + ":locked"));
    }

    private Optional<Refusal> refusal(String key) {
        if (Boolean.TRUE.equals(redis.hasKey(key + ":locked"))) {
            return Optional.of(Refusal.LOCKED);
        }
        return Boolean.TRUE.equals(redis.hasKey(key + ":wait")) ? Optional.of(Refusal.SLOWED) : Optional.empty();
    }

    private void record(String key, Limits limits, String who) {
        Long failures = redis.opsForValue().increment(key + ":failures");
        redis.expire(key + ":failures", lockFor);
        long count = failures == null ? 0 : failures;
        if (count >= limits.lockAfter()) {
            if (Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key + ":locked", "1", lockFor))) {
                log.warn("Login locked for {} after {} failed attempts: {}", lockFor, count, who);
            }
        } else if (count >= limits.slowAfter()) {
            Duration wait = Duration.ofSeconds(1L << Math.min(count - limits.slowAfter(), 10));
            redis.opsForValue().set(key + ":wait", "1", wait);
            log.info("Login slowed down for {} after {} failed attempts: {}", wait, count, who);
        }
    }

    private static Optional<Refusal> worst(Optional<Refusal> first, Optional<Refusal> second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.filter(refusal -> refusal == Refusal.LOCKED).or(() -> first);
    }

    private static String accountKey(String email) {
        return PREFIX + "account:" + hashOf(email);
    }

    private static String addressKey(String clientAddress) {
        return PREFIX + "address:" + clientAddress;
    }

    /** The first 16 hex digits of the SHA-256 of the normalized e-mail: enough to follow one account in the logs. */
    static String hashOf(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    private record Limits(int slowAfter, int lockAfter) {
    }
}
