/** Runs the same-speaker check off the main thread, so the screen stays responsive while it works. */
import { batchedProposalJob, type ProposalJob, type ProposalMessage } from './job';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ProposalJob>) => void) | null;
  postMessage: (message: ProposalMessage) => void;
};

scope.onmessage = (event) => {
  try {
    const steps = batchedProposalJob(event.data, 250, () => Date.now());
    for (;;) {
      const step = steps.next();
      if (step.done) return scope.postMessage({ type: 'done', ...step.value });
      scope.postMessage({ type: 'progress', ...step.value });
    }
  } catch (error) {
    scope.postMessage({
      type: 'error',
      error: error instanceof Error ? error.message : String(error),
    });
  }
};
