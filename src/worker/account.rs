//! What the account says about itself, for other calls to use: the region of a streaming
//! domain (a VOD call is made in the region of the domain's live center).

use super::pipeline::{CallOrder, CallReport, NotSent, Pipeline};
use crate::operation::catalog::live::DESCRIBE_LIVE_DOMAIN_DETAIL;
use crate::operation::{Field, FormDraft, Operation};
use tokio_util::sync::CancellationToken;

/// Why a domain's region is not known.
#[derive(Debug)]
pub enum RegionUnknown {
    /// The lookup could not be sent.
    NotSent(NotSent),
    /// The service answered without one (or refused: the report says why).
    Answer(Box<CallReport>),
}

impl Pipeline {
    /// The region of `domain`'s live center, asked of the service with DescribeLiveDomainDetail
    /// (a recorded call), signed and sent as `like` would be.
    pub async fn domain_region(
        &self,
        domain: &str,
        like: &CallOrder,
        cancel: &CancellationToken,
    ) -> Result<String, RegionUnknown> {
        let detail = Operation::from_action(DESCRIBE_LIVE_DOMAIN_DETAIL.action)
            .expect("DescribeLiveDomainDetail is in the catalogue");
        let mut fields = FormDraft::default();
        fields.set(Field::DomainName, domain);
        let mut order = CallOrder::check(detail, &fields).map_err(RegionUnknown::NotSent)?;
        order.profile.clone_from(&like.profile);
        order.endpoint.clone_from(&like.endpoint);
        order.signature = like.signature;
        order.timeout = like.timeout;
        let report = self
            .call(&order, cancel)
            .await
            .map_err(RegionUnknown::NotSent)?;
        let region = serde_json::from_str::<serde_json::Value>(&report.result.raw_body)
            .ok()
            .filter(|_| report.result.outcome.is_success())
            .and_then(|answer| {
                Some(
                    answer
                        .get("DomainDetail")?
                        .get("Region")?
                        .as_str()?
                        .to_string(),
                )
            })
            .filter(|region| !region.is_empty());
        region.ok_or_else(|| RegionUnknown::Answer(Box::new(report)))
    }
}
