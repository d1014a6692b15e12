package vn.liaison.attachments;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The encryption key and the blob store, from configuration (see docs/attachments.md). */
@Configuration(proxyBeanMethods = false)
class AttachmentsConfiguration {

    @Bean
    AttachmentCipher attachmentCipher(@Value("${" + AttachmentCipher.PROPERTY + ":}") String key) {
        return AttachmentCipher.fromConfiguration(key);
    }

    @Bean
    LocalBlobStore localBlobStore(@Value("${liaison.attachments.dir:./data/attachments}") Path dir) {
        return new LocalBlobStore(dir);
    }
}
