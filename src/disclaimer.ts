export const DISCLAIMER =
  'General training information, not medical advice. Pain that keeps coming back needs a physical therapist or movement specialist who works with runners.';
