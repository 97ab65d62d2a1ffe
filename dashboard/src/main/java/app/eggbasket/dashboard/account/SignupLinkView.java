package app.eggbasket.dashboard.account;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;

/**
 * A link just made, as shown once to whoever invites (page or API): there is no e-mail, she passes it on herself.
 *
 * @param link      the address of the invitation page on this server, with the token
 * @param expiresAt when it stops opening anything
 */
public record SignupLinkView(String link, Instant expiresAt, SignupLinks.Kind kind, String cooperative) {

    /** The link on the server of the current request. */
    public static SignupLinkView of(SignupLinks.Created created) {
        String link = ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitations/{token}")
                .buildAndExpand(created.token()).toUriString();
        return new SignupLinkView(link, created.link().expiresAt(), created.link().kind(), created.link().cooperative());
    }
}
