package vn.liaison.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Lets {@code @ApplicationModuleListener}s run on their own thread after commit (they are {@code @Async}); without
 * it they would run in the committing request's thread and a slow SMTP server would slow the request.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class NotificationsAsyncConfiguration {
}
