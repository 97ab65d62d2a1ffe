package app.eggbasket.dashboard.config;

import app.eggbasket.dashboard.account.AccountStore;
import app.eggbasket.dashboard.sharing.GrantStore;
import app.eggbasket.dashboard.sharing.Invitations;
import app.eggbasket.dashboard.sharing.ReadLog;
import app.eggbasket.dashboard.sharing.ReadRecorder;
import app.eggbasket.dashboard.sharing.Sharing;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/** Grants, invitation codes and the read log (DESIGN §10), all under {@code <data>/sharing/}. */
@Configuration(proxyBeanMethods = false)
class SharingBeans implements WebMvcConfigurer {

    private final ReadLog readLog;
    private final Clock clock;

    SharingBeans(ReadLog readLog, Clock clock) {
        this.readLog = readLog;
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadRecorder(readLog, clock));
    }

    @Configuration(proxyBeanMethods = false)
    static class Stores {

        /** The clock grants expire by; tests replace it to step past a grant's last day. */
        @Bean
        @ConditionalOnMissingBean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        GrantStore grantStore(EggbasketProperties properties, Clock clock) {
            return new GrantStore(properties.data(), clock);
        }

        @Bean
        Invitations invitations(EggbasketProperties properties) {
            return new Invitations(properties.data());
        }

        @Bean
        ReadLog readLog(EggbasketProperties properties) {
            return new ReadLog(properties.data());
        }

        @Bean
        Sharing sharing(GrantStore grants, Invitations invitations, AccountStore accounts) {
            return new Sharing(grants, invitations, accounts);
        }
    }
}
