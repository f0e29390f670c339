// The shared slots between the engine thread and the keyboard thread for a prompt inside a running pipeline.
export const LineSlot = {
  /** 0: keys go to the prompt loop; 1: a line is wanted, echoed; 2: a line is wanted, masked (secure input). */
  Mode: 0,
  /** Bumped by the keyboard thread when a line was posted (the engine thread waits on it). */
  Ready: 1,
} as const;

export const lineSlots = 2;
