//! Profile commands of the worker. Keyring calls block (up to the store's deadline), so they
//! run on the blocking pool, never on the UI thread and never stalling other commands.

use super::Event;
use super::service::EventSender;
use crate::client::Client;
use crate::client::identity::{caller_identity, sts_endpoint};
use crate::credentials::Profile;
use crate::credentials::{Credentials, ProfileBook, ProfileSource, aliyun_cli};
use crate::credentials::{ProfileMeta, Secret};
use crate::i18n::Said;
use crate::said;
use crate::t;
use crate::worker::ProfileCommand;
use std::sync::{Arc, Mutex};
use tokio_util::sync::CancellationToken;

/// The book, or why it could not be opened.
pub type SharedBook = Result<Arc<Mutex<ProfileBook>>, Said>;

/// Runs `f` on the book, or says why it cannot be used.
pub fn with_book<T>(
    book: &SharedBook,
    f: impl FnOnce(&mut ProfileBook) -> Result<T, Said>,
) -> Result<T, Said> {
    let book = book.as_ref().map_err(Clone::clone)?;
    let mut guard = book
        .lock()
        .map_err(|_| said!("m-pipeline-the-profiles-are-unavailable-after"))?;
    f(&mut guard)
}

/// Reads a saved profile's credentials from the keyring, off the async threads.
pub async fn load_credentials(book: &SharedBook, name: &str) -> Result<Credentials, Said> {
    let book = book.clone();
    let name = name.to_string();
    tokio::task::spawn_blocking(move || {
        with_book(&book, |b| b.load(&name).map_err(Said::of)).map(|p| p.credentials)
    })
    .await
    .map_err(|_| said!("m-pipeline-reading-the-keyring-failed"))?
}

fn send_list(book: &SharedBook, events: &EventSender) {
    let listed = with_book(book, |b| {
        Ok((
            b.list().to_vec(),
            b.default_name().to_string(),
            b.secrets().status().err().map(Said::of),
        ))
    });
    match listed {
        Ok((saved, default, keyring_problem)) => events.send(Event::Profiles {
            saved,
            default,
            keyring_problem,
        }),
        Err(e) => events.send(Event::Profiles {
            saved: Vec::new(),
            default: crate::credentials::profile::SANDBOX_PROFILE.to_string(),
            keyring_problem: Some(e),
        }),
    }
}

fn save(
    b: &mut ProfileBook,
    meta: ProfileMeta,
    secret: &Secret,
    token: Option<&Secret>,
    replace: bool,
) -> Result<(), Said> {
    if replace {
        let name = meta.name.clone();
        let change = crate::credentials::ProfileChange {
            access_key_id: Some(meta.access_key_id),
            region: Some(meta.region.unwrap_or_default()),
            secret: Some(secret),
            token: Some(token),
            kind: meta.kind,
            read_only: Some(meta.read_only),
        };
        b.edit(&name, change)
    } else {
        b.add(meta, secret, token)
    }
    .map_err(Said::of)
}

/// Where a profile's credentials are checked: the sandbox's STS for the sandbox profile, else
/// Alibaba Cloud's STS.
pub fn identity_endpoint(profile: &Profile) -> crate::client::Endpoint {
    match &profile.source {
        ProfileSource::Sandbox { .. } => profile.endpoint(None),
        _ => sts_endpoint(),
    }
}

/// Asks STS whose `profile`'s credentials are (at `endpoint`, else its
/// [`identity_endpoint`]): the one check of a profile, for the window and the command line.
pub async fn check_identity(
    client: &Client,
    profile: &Profile,
    endpoint: Option<&crate::client::Endpoint>,
) -> Result<crate::client::identity::CallerIdentity, crate::client::Outcome> {
    let target = endpoint
        .cloned()
        .unwrap_or_else(|| identity_endpoint(profile));
    caller_identity(
        client,
        profile.credentials.signing_key(),
        &target,
        &CancellationToken::new(),
    )
    .await
}

/// Checks a profile's credentials with STS GetCallerIdentity (the sandbox's for sandbox
/// profiles); a saved profile's secret is read from the keyring first.
pub fn test(mut profile: Profile, book: &SharedBook, client: &Arc<Client>, events: &EventSender) {
    let (book, client, events) = (book.clone(), client.clone(), events.clone());
    tokio::spawn(async move {
        let endpoint = identity_endpoint(&profile);
        let saved = matches!(profile.source, ProfileSource::Keyring { .. });
        if saved {
            match load_credentials(&book, &profile.name).await {
                Ok(c) => profile.credentials = c,
                Err(e) => {
                    events.send(Event::ProfileTested {
                        name: profile.name,
                        result: Err(e),
                    });
                    return;
                }
            }
        }
        let answer = check_identity(&client, &profile, Some(&endpoint)).await;
        if let Ok(id) = &answer
            && saved
        {
            let (name, account) = (profile.name.clone(), id.account_id.clone());
            let book = book.clone();
            tokio::task::spawn_blocking(move || {
                with_book(&book, |b| {
                    b.remember_account(&name, &account).map_err(Said::of)
                })
                .ok();
            });
        }
        let result = answer.map_err(|outcome| {
            Said::new(move || match outcome.explain(&Default::default()) {
                Some(e) => e.one_line(),
                None => t!("m-profiles-the-check-failed"),
            })
        });
        events.send(Event::ProfileTested {
            name: profile.name,
            result,
        });
    });
}

/// Lists or changes the saved profiles on the blocking pool, then sends the new list.
pub fn change(command: ProfileCommand, book: &SharedBook, events: &EventSender) {
    let (book, events) = (book.clone(), events.clone());
    tokio::task::spawn_blocking(move || {
        let outcome = match command {
            ProfileCommand::List => Ok(None),
            ProfileCommand::Save {
                meta,
                secret,
                token,
                replace,
            } => {
                let name = meta.name.clone();
                with_book(&book, |b| save(b, meta, &secret, token.as_ref(), replace)).map(|()| {
                    Some(said!(
                        "m-profiles-saved-the-profile-its-secret",
                        name = name
                    ))
                })
            }
            ProfileCommand::Remove(name) => with_book(&book, |b| b.remove(&name).map_err(Said::of))
                .map(|()| Some(said!("m-profiles-removed-the-profile-and-its", name = name))),
            ProfileCommand::Rename { from, to } => {
                with_book(&book, |b| b.rename(&from, &to).map_err(Said::of)).map(|()| {
                    Some(said!(
                        "m-profiles-renamed-the-profile-to",
                        from = from,
                        to = to
                    ))
                })
            }
            ProfileCommand::SetDefault(name) => {
                with_book(&book, |b| b.set_default(&name).map_err(Said::of)).map(|()| None)
            }
            ProfileCommand::ImportAliyunCli(path) => import(&book, &path).map(Some),
        };
        match outcome {
            Ok(Some(text)) => events.send(Event::Notice(text)),
            Ok(None) => {}
            Err(e) => events.send(Event::Problem(e)),
        }
        send_list(&book, &events);
    });
}

fn import(book: &SharedBook, path: &std::path::Path) -> Result<Said, Said> {
    let config = aliyun_cli::read(path).map_err(Said::verbatim)?;
    let path = path.to_path_buf();
    with_book(book, |b| {
        let (names, skipped) = b.import_cli(&config, &[]);
        let skipped: Vec<(String, String)> = skipped
            .iter()
            .map(|(name, why)| (name.to_string(), why.to_string()))
            .collect();
        let problems = move || {
            skipped
                .iter()
                .map(|(name, why)| t!("m-profiles-skipped-one", name = name, why = why))
                .collect::<Vec<_>>()
                .join("; ")
        };
        if names.is_empty() {
            return Err(Said::new(move || {
                t!("m-profiles-nothing-was-imported", problems = problems())
            }));
        }
        Ok(Said::new(move || {
            let mut text = t!(
                "m-profiles-imported-their-secrets-also-sit",
                names = names.join(", "),
                path = path.display()
            );
            let problems = problems();
            if !problems.is_empty() {
                text.push_str(&t!("m-profiles-skipped", problems = problems));
            }
            text
        }))
    })
}
