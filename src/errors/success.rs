//! The words for a success: what is now configured.

use crate::operation::Request;

/// "Recordings of live.example.com/app/stream will be stored in VOD in cn-shanghai."
pub fn success_sentence(request: &Request) -> String {
    let region = request.region_id.as_deref().unwrap_or("the default region");
    let what = match &request.stream_name {
        Some(_) => format!("Recordings of {}", request.target()),
        None => format!(
            "Recordings of every stream of {}/{}",
            request.domain_name, request.app_name
        ),
    };
    format!("{what} will be stored in VOD in {region}.")
}
