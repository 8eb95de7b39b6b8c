import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { createModerationApi } from '../utils/moderation-api';

export const useModerationApi = () => {
  const client = useFetchClient();
  return useMemo(() => createModerationApi(client), [client]);
};
