package org.yingsu.bulletins;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** How the bureau issues its quarterly bulletins (季度通报). */
@ConfigMapping(prefix = "yingsu.bulletins")
interface BulletinConfig {

    /**
     * The document number (文号): {@code {year}} is the year of publication, {@code {sequence}} the bulletin's place
     * among that year's bulletins, from 1.
     */
    @WithDefault("渝北司法应诉通〔{year}〕{sequence}号")
    @Pattern(regexp = ".*\\{sequence}.*", message = "must contain {sequence}")
    String numberPattern();

    /** Who issues the bulletin: its letterhead and signature. */
    @WithDefault("重庆市渝北区司法局")
    @NotBlank
    String issuer();

    /** To whom it is sent (主送), the line above the text. */
    @WithDefault("各镇人民政府、街道办事处，区政府各部门，有关单位")
    @NotBlank
    String addressees();
}
