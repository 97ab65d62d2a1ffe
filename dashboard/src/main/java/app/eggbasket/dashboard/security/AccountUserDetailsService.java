package app.eggbasket.dashboard.security;

import app.eggbasket.dashboard.account.AccountStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Reads accounts from the {@link AccountStore} at each login, so {@code eggbasket user add} needs no restart. */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountStore accounts;

    AccountUserDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username)
                .map(a -> new SellerUser(a.username(), a.passwordHash(), a.role().name(), a.sellerId(), a.cooperativeId()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
