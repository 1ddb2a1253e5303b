/// The files of `playground/`, compiled into the binary. A test checks that this table names
/// every file of the folder, byte for byte, so a new file cannot be forgotten here.
enum EmbeddedPlayground {
    static let files: [String: PlaygroundFile] = {
        let sources: [(String, [UInt8])] = [
            ("index.html", PackageResources.index_html),
            ("style.css", PackageResources.style_css),
            ("icon.svg", PackageResources.icon_svg),
            ("badges.js", PackageResources.badges_js),
            ("client.js", PackageResources.client_js),
            ("clipboard.js", PackageResources.clipboard_js),
            ("console.js", PackageResources.console_js),
            ("content-blocks.js", PackageResources.content_blocks_js),
            ("copy-actions.js", PackageResources.copy_actions_js),
            ("credentials.js", PackageResources.credentials_js),
            ("details-pane.js", PackageResources.details_pane_js),
            ("documents.js", PackageResources.documents_js),
            ("documents.manifest.json", PackageResources.documents_manifest_json),
            ("dom.js", PackageResources.dom_js),
            ("export.js", PackageResources.export_js),
            ("export-menu.js", PackageResources.export_menu_js),
            ("icons.js", PackageResources.icons_js),
            ("json-view.js", PackageResources.json_view_js),
            ("live-sessions.js", PackageResources.live_sessions_js),
            ("live-socket.js", PackageResources.live_socket_js),
            ("live-timeline.js", PackageResources.live_timeline_js),
            ("main.js", PackageResources.main_js),
            ("pane.js", PackageResources.pane_js),
            ("sessions-pane.js", PackageResources.sessions_pane_js),
            ("shortcuts.js", PackageResources.shortcuts_js),
            ("sign-in.js", PackageResources.sign_in_js),
            ("splitter.js", PackageResources.splitter_js),
            ("time.js", PackageResources.time_js),
            ("timeline-pane.js", PackageResources.timeline_pane_js),
            ("title-editor.js", PackageResources.title_editor_js),
            ("url-state.js", PackageResources.url_state_js),
            ("user-header.js", PackageResources.user_header_js),
            ("user-page.js", PackageResources.user_page_js),
            ("users-page.js", PackageResources.users_page_js),
            ("virtual-list.js", PackageResources.virtual_list_js),
        ]
        return Dictionary(uniqueKeysWithValues: sources.map { ($0.0, PlaygroundFile(name: $0.0, bytes: $0.1)) })
    }()
}

/// The documents the playground sends, as a persisted query manifest
/// (`playground/documents.manifest.json`, written by `scripts/playground-manifest.py`): with
/// trusted documents only, the server trusts these so that its own playground keeps working.
public enum PlaygroundDocuments {
    public static var manifest: [UInt8] { PackageResources.documents_manifest_json }
}
