"""The office web app (`chidao serve`): upload letters, review and correct their tasks
beside the source, track every agency's progress. Built on the registry
(pipeline/registry) and the pipeline; see README, "Web app"."""
