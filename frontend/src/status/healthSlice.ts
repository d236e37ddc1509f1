import { createAsyncThunk, createSlice } from '@reduxjs/toolkit';
import type { ThunkExtra } from '../app/api';
import { isHealthReport, type HealthReport } from './health';

export interface HealthState {
  status: 'idle' | 'loading' | 'succeeded' | 'failed';
  report: HealthReport | null;
}

const initialState: HealthState = { status: 'idle', report: null };

export const fetchHealth = createAsyncThunk<
  HealthReport,
  void,
  { extra: ThunkExtra; state: { health: HealthState } }
>(
  'health/fetch',
  async (_, { extra }) => {
    const response = await extra.api.get<unknown>('/health', {
      // 503 carries the same report, naming what is down: it is a result to show, not a failure.
      validateStatus: (status) => status === 200 || status === 503,
    });
    if (!isHealthReport(response.data)) throw new Error('Unexpected /api/health response');
    return response.data;
  },
  { condition: (_, { getState }) => getState().health.status !== 'loading' },
);

const healthSlice = createSlice({
  name: 'health',
  initialState,
  reducers: {},
  extraReducers: (builder) => {
    builder
      .addCase(fetchHealth.pending, (state) => {
        state.status = 'loading';
      })
      .addCase(fetchHealth.fulfilled, (state, action) => {
        state.status = 'succeeded';
        state.report = action.payload;
      })
      .addCase(fetchHealth.rejected, (state) => {
        state.status = 'failed';
        state.report = null;
      });
  },
});

export const healthReducer = healthSlice.reducer;
