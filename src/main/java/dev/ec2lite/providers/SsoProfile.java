package dev.ec2lite.providers;

import dev.ec2lite.config.Profile;
import dev.ec2lite.config.ProfileFile;
import dev.ec2lite.config.Section;
import dev.ec2lite.error.Ec2ConfigurationException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The IAM Identity Center settings of one profile, in either form the AWS CLI writes:
 *
 * <ul>
 *   <li>{@code sso_session = NAME} with a {@code [sso-session NAME]} section holding {@code
 *       sso_start_url} and {@code sso_region} (the token cache is keyed by the session name);
 *   <li>legacy: {@code sso_start_url} and {@code sso_region} in the profile itself (keyed by the URL).
 * </ul>
 *
 * Both need {@code sso_account_id} and {@code sso_role_name}. Every problem is found here, before any
 * file is read or request sent, and named by its key.
 *
 * @param profileName the profile holding the settings: the one {@code aws sso login --profile} takes
 * @param sessionName the {@code sso_session}; null in the legacy form
 */
record SsoProfile(
        String profileName, String sessionName, String startUrl, String region, String accountId, String roleName) {
    static final String SSO_SESSION = "sso_session";
    static final String SSO_START_URL = "sso_start_url";
    static final String SSO_REGION = "sso_region";
    static final String SSO_ACCOUNT_ID = "sso_account_id";
    static final String SSO_ROLE_NAME = "sso_role_name";

    /** A region is one DNS label: anything else would point the portal URL somewhere unintended. */
    private static final Pattern REGION = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

    /** Whether the profile asks for IAM Identity Center credentials, as the SDKs decide it. */
    static boolean isSso(Profile profile) {
        return profile.property(SSO_SESSION).isPresent()
                || profile.property(SSO_START_URL).isPresent()
                || profile.property(SSO_ACCOUNT_ID).isPresent()
                || profile.property(SSO_ROLE_NAME).isPresent();
    }

    /**
     * @throws Ec2ConfigurationException naming the missing or conflicting key
     */
    static SsoProfile of(Profile profile, ProfileFile files) {
        String context = "profile '" + profile.name() + "': ";
        String accountId = required(profile.property(SSO_ACCOUNT_ID), context + SSO_ACCOUNT_ID);
        String roleName = required(profile.property(SSO_ROLE_NAME), context + SSO_ROLE_NAME);
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            throw new Ec2ConfigurationException(context + SSO_ACCOUNT_ID + " must be 12 digits");
        }
        Optional<String> sessionName = trimmed(profile.property(SSO_SESSION));
        String startUrl;
        String region;
        if (sessionName.isPresent()) {
            Section session = files.ssoSession(sessionName.get())
                    .orElseThrow(() -> new Ec2ConfigurationException(context + SSO_SESSION + " '" + sessionName.get()
                            + "' has no [sso-session " + sessionName.get() + "] section in the config file"));
            String sessionContext = "[sso-session " + session.name() + "] ";
            startUrl = required(session.property(SSO_START_URL), sessionContext + SSO_START_URL);
            region = required(session.property(SSO_REGION), sessionContext + SSO_REGION);
            // As in the SDKs: the profile may repeat the session's values, never contradict them.
            sameOrAbsent(profile, SSO_START_URL, startUrl, context, sessionContext);
            sameOrAbsent(profile, SSO_REGION, region, context, sessionContext);
        } else {
            startUrl = required(profile.property(SSO_START_URL), context + SSO_START_URL);
            region = required(profile.property(SSO_REGION), context + SSO_REGION);
        }
        if (!REGION.matcher(region).matches()) {
            throw new Ec2ConfigurationException(
                    context + SSO_REGION + " '" + ErrorText.clean(region, 64) + "' is not a valid region");
        }
        return new SsoProfile(profile.name(), sessionName.orElse(null), startUrl, region, accountId, roleName);
    }

    /** What names the token cache file: the session name, else (legacy) the start URL. */
    String cacheKey() {
        return sessionName != null ? sessionName : startUrl;
    }

    /** For messages and {@code --debug}: the session (or start URL), account and role; never a token. */
    String describe() {
        String session = sessionName != null ? "sso_session '" + sessionName + "'" : "sso_start_url " + startUrl;
        return "IAM Identity Center (" + session + ", account " + accountId + ", role " + roleName + ")";
    }

    private static void sameOrAbsent(
            Profile profile, String key, String sessionValue, String context, String sessionContext) {
        Optional<String> own = trimmed(profile.property(key));
        if (own.isPresent() && !own.get().equals(sessionValue)) {
            throw new Ec2ConfigurationException(context + key + " differs from " + sessionContext + key
                    + "; remove it from the profile or make them equal");
        }
    }

    private static String required(Optional<String> value, String setting) {
        return trimmed(value)
                .orElseThrow(() -> new Ec2ConfigurationException(
                        setting + " is missing; IAM Identity Center profiles need it (see `aws configure sso`)"));
    }

    private static Optional<String> trimmed(Optional<String> value) {
        return value.map(String::trim).filter(text -> !text.isEmpty());
    }
}
