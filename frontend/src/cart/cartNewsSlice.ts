import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { sessionEnded } from '../auth/authSlice';
import type { Notice } from './types';

/**
 * What a merge of the guest cart into the customer's could not carry over (quantities capped by stock, lines past the
 * limit). It is news to read once, on the cart page or as a toast elsewhere, not part of the cart.
 */
export interface CartNewsState {
  mergeNotices: Notice[];
}

const initialState: CartNewsState = { mergeNotices: [] };

const cartNewsSlice = createSlice({
  name: 'cartNews',
  initialState,
  reducers: {
    mergeNoticesReceived(state, { payload }: PayloadAction<Notice[]>) {
      state.mergeNotices = payload;
    },
    mergeNoticesSeen(state) {
      state.mergeNotices = [];
    },
  },
  extraReducers: (builder) => {
    builder.addCase(sessionEnded, () => initialState);
  },
});

export const { mergeNoticesReceived, mergeNoticesSeen } = cartNewsSlice.actions;
export const cartNewsReducer = cartNewsSlice.reducer;
