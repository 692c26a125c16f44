package org.yingsu.attachments;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.yingsu.common.time.Shanghai;

final class DocumentDtos {

    private DocumentDtos() {
    }

    @Schema(name = "Document")
    public record DocumentResponse(long id, DocumentOwner ownerType, long ownerId, DocumentKind kind, String fileName,
            String contentType, long sizeBytes, @Schema(description = "SHA-256 of the bytes, hex") String sha256,
            OffsetDateTime createdAt) {

        static DocumentResponse of(Document d) {
            return new DocumentResponse(d.id, d.ownerType, d.ownerId, d.kind, d.fileName, d.contentType, d.sizeBytes,
                    d.sha256, Shanghai.local(d.createdAt));
        }
    }
}
