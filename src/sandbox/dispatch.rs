//! What the sandbox does with a call it has read: checks its signature, nonce and key, then
//! answers it from the world (the config operations) or the account (every other operation of
//! the catalogue), as the service would.

use super::account;
use super::identities::{Identity, KeyState};
use super::reply::{self, ApiError, SANDBOX_ACCOUNT_ID};
use super::server::{Answer, Shared, lock};
use super::verify::{self, Incoming};
use super::{live_handlers, query, vod_handlers};
use crate::operation::Operation;
use crate::wire::{CALLER_IDENTITY, TIME_FORMAT, VOD_REGION_HEADER};
use axum::http::HeaderMap;
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

/// The answer to one call, or the error the service would answer.
pub(super) fn answer(
    shared: &Shared,
    method: &str,
    raw_query: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Answer, ApiError> {
    let header_map: HashMap<String, String> = headers
        .iter()
        .filter_map(|(k, v)| {
            Some((
                k.as_str().to_ascii_lowercase(),
                v.to_str().ok()?.to_string(),
            ))
        })
        .collect();
    let incoming = Incoming {
        method,
        raw_query,
        headers: &header_map,
        body,
    };
    let verified = verify::verify(&incoming, &shared.identities, chrono::Utc::now())?;
    if !lock(&shared.nonces).first_use(&verified.nonce, Instant::now()) {
        return Err(ApiError::new(
            400,
            "SignatureNonceUsed",
            "Specified signature nonce was used already.",
        ));
    }
    let identity = verified.identity;
    if identity.state == KeyState::Inactive {
        return Err(ApiError::new(
            400,
            "InvalidAccessKeyId.Inactive",
            "Specified access key is disabled.",
        ));
    }
    let request_id = reply::new_request_id();
    let operation = Operation::from_action(&verified.action);
    match (
        verified.action.as_str(),
        verified.version.as_str(),
        operation,
    ) {
        (action, version, _) if (action, version) == CALLER_IDENTITY => {
            Ok(Answer::Json(caller_identity(identity, &request_id)))
        }
        (_, version, Some(op)) => {
            if version != op.spec().version() {
                return Err(ApiError::new(
                    400,
                    "InvalidVersion",
                    "Specified parameter Version is not valid.",
                ));
            }
            if identity.state == KeyState::NoPermission {
                return Err(no_permission(identity, op, &verified.params));
            }
            let result = if op.is_config() {
                run_operation(shared, op, &verified.params, &request_id)
            } else {
                let vod_region = header_map
                    .get(VOD_REGION_HEADER)
                    .map_or(account::DEFAULT_VOD_REGION, String::as_str);
                answer_account(shared, op, &verified.params, &request_id, vod_region)
            };
            shared.record(op.action(), &verified.params, result.is_ok());
            result.map(Answer::Json)
        }
        _ => Err(unknown_action()),
    }
}

/// Answers an operation that reads the account, from the handler of its product.
fn answer_account(
    shared: &Shared,
    op: Operation,
    params: &BTreeMap<String, String>,
    request_id: &str,
    vod_region: &str,
) -> Result<Value, ApiError> {
    let world = lock(&shared.world);
    let simulation = lock(&shared.simulation);
    let call = query::Call {
        description: op.spec(),
        params,
        request_id,
        vod_region,
        now: simulation.now(),
        simulation: &simulation,
        configs: world.configs(),
    };
    live_handlers::answer(&call)
        .or_else(|| vod_handlers::answer(&call))
        .unwrap_or_else(|| Err(unknown_action()))
}

fn unknown_action() -> ApiError {
    ApiError::new(
        404,
        "InvalidAction.NotFound",
        "Specified api is not found, please check your url and method.",
    )
}

/// Carries out one record-to-VOD operation on the world, saving it after a change.
fn run_operation(
    shared: &Shared,
    op: Operation,
    params: &BTreeMap<String, String>,
    request_id: &str,
) -> Result<Value, ApiError> {
    let mut world = lock(&shared.world);
    let before = world.clone();
    match op {
        Operation::Describe => return world.describe_configs(params, request_id),
        Operation::Add => {
            // Sandbox time: what the recordings of the config are counted from.
            let now = lock(&shared.simulation)
                .now()
                .format(TIME_FORMAT)
                .to_string();
            world.add_config(params, &now)?
        }
        Operation::Update => world.update_config(params)?,
        Operation::Delete => world.delete_config(params)?,
        _ => return Err(unknown_action()),
    }
    if let Err(e) = shared.save(&world) {
        // A change that could not be kept did not happen: undone, and said, as a service
        // whose storage fails answers (never a Success that a restart would lose).
        *world = before;
        eprintln!("sandbox: could not save its state: {e}");
        return Err(ApiError::new(
            500,
            "InternalError",
            "The request processing has failed due to backend service exception.",
        ));
    }
    Ok(reply::success_body(request_id))
}

fn no_permission(
    identity: &Identity,
    op: Operation,
    params: &BTreeMap<String, String>,
) -> ApiError {
    let domain = params.get("DomainName").map(String::as_str);
    let mut e = ApiError::new(
        403,
        "Forbidden.RAM",
        "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
    );
    e.access_denied_detail = Some(json!({
        "PolicyType": "AccountLevelIdentityBasedPolicy",
        "AuthPrincipalOwnerId": SANDBOX_ACCOUNT_ID,
        "AuthPrincipalType": "SubUser",
        "AuthPrincipalDisplayName": identity.display_name,
        "NoPermissionType": "ImplicitDeny",
        "AuthAction": op.spec().ram_action,
        "AuthResource": op.spec().ram_resource.arn(Some(SANDBOX_ACCOUNT_ID), domain),
    }));
    e
}

fn caller_identity(identity: &Identity, request_id: &str) -> Value {
    let (kind, arn) = if identity.security_token.is_some() {
        (
            "AssumedRoleUser",
            format!(
                "acs:ram::{SANDBOX_ACCOUNT_ID}:assumed-role/{}/session",
                identity.display_name
            ),
        )
    } else {
        (
            "RAMUser",
            format!(
                "acs:ram::{SANDBOX_ACCOUNT_ID}:user/{}",
                identity.display_name
            ),
        )
    };
    json!({
        "RequestId": request_id,
        "AccountId": SANDBOX_ACCOUNT_ID,
        "UserId": "200000000000000001",
        "PrincipalId": "200000000000000001",
        "IdentityType": kind,
        "Arn": arn,
        "Sandbox": true,
    })
}
