package vn.liaison.security.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.liaison.security.Actor;

/**
 * The password step of a sign-in. Success yields the {@link Actor} with the authority
 * {@code SecondFactor.PENDING}: nothing but the second-factor pages opens until the code is given.
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    private final SignInService signIn;
    private final ActorFactory actors;

    public AccountAuthenticationProvider(SignInService signIn, ActorFactory actors) {
        this.signIn = signIn;
        this.actors = actors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        SignInService.Result result = signIn.checkPassword(username, password, address);
        switch (result.outcome()) {
            case LOCKED -> throw new LockedException("account locked");
            case FAILED -> throw new BadCredentialsException("bad credentials");
            default -> {
                Actor actor = actors.actor(result.account());
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(actor, null,
                        ActorFactory.authorities(actor, true));
                token.setDetails(authentication.getDetails());
                return token;
            }
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
