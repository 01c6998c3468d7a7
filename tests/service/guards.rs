//! Guards of real profiles, against a real Secret Service (as the keyring tests): a read-only
//! profile refuses every changing command with exit 2 and the sandbox receives nothing; a
//! production profile off a terminal needs --yes; a new profile off a terminal needs --kind.

use crate::common;
use crate::keyring::{keyring_available, run_in_a_keyring_session, section_of};

use common::*;

const SECRET: &str = "GuardsTestSecret00000000000042";
const KEY_ID: &str = "LTAI5tGuardsTest0042";

/// Each step a separate run of the program, with its exit code, inside one keyring session.
const SCRIPT: &str = r#"
set -u
echo -n test-password | gnome-keyring-daemon --unlock --components=secrets > /dev/null 2>&1
for i in $(seq 1 50); do
  printf probe | secret-tool store --label=probe service live-record-vod-probe username probe > /dev/null 2>&1 && break
  sleep 0.1
done
secret-tool clear service live-record-vod-probe username probe > /dev/null 2>&1
# Each step's words beside its exit code.
exec 2>&1
B="$1"; URL="$2"; SECRET="$3"; KEY="$4"; CSV="$5"; TOML="$6"; LOG="$7"
step() { echo "== $1"; }
code() { echo "exit=$?"; }
calls() { if [ -f "$LOG" ]; then wc -l < "$LOG" | tr -d ' '; else echo 0; fi; }
F="--set DomainName=channel-02.example.com --set AppName=app --set StreamName=one --set VodTranscodeGroupId=VOD_NO_TRANSCODE"
step add-without-kind
printf '%s\n' "$SECRET" | "$B" profile add nokind --access-key-id "$KEY"; code
step add
printf '%s\n' "$SECRET" | "$B" profile add prod --access-key-id "$KEY" --kind production; code
printf '%s\n' "$SECRET" | "$B" profile add ro --access-key-id "$KEY" --kind test --read-only; code
step list
"$B" profile list
step ro-submit
"$B" submit --profile ro --endpoint "$URL" $F < /dev/null; code
step ro-update
"$B" configs update --profile ro --endpoint "$URL" $F --yes < /dev/null; code
step ro-delete
"$B" configs delete --profile ro --endpoint "$URL" --domain channel-02.example.com --app app --stream one --yes < /dev/null; code
step ro-call
"$B" call AddLiveRecordVodConfig --profile ro --endpoint "$URL" $F --yes < /dev/null; code
step ro-batch-run
"$B" batch run "$CSV" --profile ro --endpoint "$URL" --yes < /dev/null; code
step ro-batch-resume
"$B" batch resume 1 --profile ro --endpoint "$URL" --yes < /dev/null; code
step ro-apply
"$B" apply "$TOML" --profile ro --endpoint "$URL" --yes < /dev/null; code
step ro-plan
"$B" plan "$TOML" --profile ro --endpoint "$URL" < /dev/null; code
step calls-after-read-only
calls
step prod-submit-without-yes
"$B" submit --profile prod --endpoint "$URL" $F < /dev/null; code
step prod-delete-without-yes
"$B" configs delete --profile prod --endpoint "$URL" --domain channel-02.example.com --app app --stream one < /dev/null; code
step calls-after-prod-refused
calls
step prod-submit-with-yes
"$B" submit --profile prod --endpoint "$URL" $F --yes --json < /dev/null; code
step calls-at-the-end
calls
step edit-guard-only
"$B" profile edit ro --read-only false < /dev/null; code
"$B" profile edit prod --kind test < /dev/null; code
"$B" profile list
step history-production
"$B" history --json --kind production
step history-csv
"$B" history export --format csv --kind production --to -
"#;

#[test]
fn read_only_and_production_profiles_guard_every_change_on_the_command_line() {
    if !keyring_available() {
        eprintln!("skipped: no dbus-run-session / gnome-keyring-daemon / secret-tool here");
        return;
    }
    let data = temp_dir();
    let log = data.path().join("calls.jsonl");
    let sb = start_sandbox(&[
        "--access-key-id",
        KEY_ID,
        "--access-key-secret",
        SECRET,
        "--call-log",
        log.to_str().expect("utf-8"),
    ]);
    let csv = data.path().join("rows.csv");
    std::fs::write(
        &csv,
        "DomainName,AppName,StreamName,VodTranscodeGroupId\r\nchannel-02.example.com,app,b1,VOD_NO_TRANSCODE\r\n",
    )
    .expect("csv");
    let toml = data.path().join("desired.toml");
    std::fs::write(
        &toml,
        "domains = [\"channel-02.example.com\"]\n\n[[config]]\nDomainName = \"channel-02.example.com\"\nAppName = \"app\"\nStreamName = \"t1\"\nVodTranscodeGroupId = \"VOD_NO_TRANSCODE\"\n",
    )
    .expect("toml");
    let all = run_in_a_keyring_session(
        SCRIPT,
        &[
            BIN.as_ref(),
            sb.url.as_ref(),
            SECRET.as_ref(),
            KEY_ID.as_ref(),
            csv.as_os_str(),
            toml.as_os_str(),
            log.as_os_str(),
        ],
        data.path(),
    );
    let section = |name: &str| section_of(&all, name);
    let add = section("add-without-kind");
    assert!(
        add.contains("exit=2") && add.contains("--kind production"),
        "{all}"
    );
    assert!(!section("list").contains("nokind"), "{all}");
    let list = section("list");
    assert!(list.contains("prod  (Production account:"), "{all}");
    assert!(list.contains("ro  (Test account, read-only:"), "{all}");
    for step in [
        "ro-submit",
        "ro-update",
        "ro-delete",
        "ro-call",
        "ro-batch-run",
        "ro-batch-resume",
        "ro-apply",
    ] {
        let said = section(step);
        assert!(said.contains("exit=2"), "{step} was not refused: {all}");
        assert!(
            said.contains("The profile \"ro\" is read-only") && said.contains("Nothing was sent"),
            "{step} says why: {all}"
        );
    }
    assert!(
        section("ro-plan").contains("exit=0"),
        "a read-only profile plans: {all}"
    );
    // The plan read the account; nothing else reached the sandbox.
    let reads = section("calls-after-read-only")
        .trim()
        .parse::<usize>()
        .expect("count");
    let log_text = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(
        log_text
            .lines()
            .take(reads)
            .all(|l| l.contains("\"action\":\"Describe")),
        "only reads were sent with the read-only profile: {log_text}"
    );
    let refused = section("prod-submit-without-yes");
    assert!(refused.contains("exit=2"), "{all}");
    assert!(
        refused.contains("\"prod\" is a production profile") && refused.contains("add --yes"),
        "{all}"
    );
    let delete = section("prod-delete-without-yes");
    assert!(
        delete.contains("exit=2") && delete.contains("\"prod\" is a production profile"),
        "{all}"
    );
    assert_eq!(
        section("calls-after-prod-refused")
            .trim()
            .parse::<usize>()
            .expect("count"),
        reads,
        "nothing sent without --yes: {all}"
    );
    assert!(
        section("prod-submit-with-yes").contains("\"ok\":true"),
        "{all}"
    );
    // The kind and read-only change without the secret being asked for again.
    let edited = section("edit-guard-only");
    assert_eq!(edited.matches("exit=0").count(), 2, "{all}");
    assert!(edited.contains("ro  (Test account: "), "{all}");
    assert!(edited.contains("prod  (Test account: "), "{all}");
    let production = section("history-production");
    assert!(
        production.contains("\"profile_kind\": \"production\""),
        "{all}"
    );
    assert!(
        !production.contains("\"profile\": \"sandbox\""),
        "only production calls: {all}"
    );
    assert!(
        section("history-csv").contains(",prod,production,"),
        "{all}"
    );
    assert!(!all.contains(SECRET), "a secret reached the output");
}
