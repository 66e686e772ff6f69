/** 核定详情 wired: the record from the query cache, 传输 and 撤销 through useSubmit. */
import { useEffect, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { api } from '@/api/endpoints'
import { isPermanent } from '@/components/PageState'
import { setQueryData, useQuery } from '@/query/cache'
import { PERSON_DATA, queries } from '@/query/queries'
import { useSubmit } from '@/query/submit'
import { confirmDialog } from '@/utils/dialog'
import { actionDialog, doneText, isRecordId, mayHaveChanged, notFound, type RecordAction } from './model'

export function useRecordDetail() {
  const id = useRouter().params.id ?? ''
  const valid = isRecordId(id)
  const record = useQuery(queries.record(id), { enabled: valid })
  const regions = useQuery(queries.regions)
  const [done, setDone] = useState('')
  const act = useSubmit(
    ({ kind, id: recordId }: { kind: RecordAction; id: string }, key: string) =>
      kind === 'transmit' ? api.transmit(recordId, key) : api.revoke(recordId, key),
    { invalidates: PERSON_DATA },
  )
  const r = record.data
  const { reload } = record
  const error = !valid || (record.error && isPermanent(record.error)) ? notFound() : record.error

  // the record may have changed on the tax side since it was cached: ask again on opening
  useEffect(() => {
    if (valid) void reload()
  }, [valid, reload])
  // a refusal may mean the record changed elsewhere (e.g. on the tax side): show its current state
  useEffect(() => {
    if (act.error && mayHaveChanged(act.error)) void reload()
  }, [act.error, reload])

  const run = async (kind: RecordAction) => {
    if (!r || act.pending) return
    if (!(await confirmDialog(actionDialog(kind, r)))) return
    setDone('')
    const next = await act.run({ kind, id: r.id })
    if (!next) return
    setQueryData(queries.record(r.id), next)
    setDone(doneText(kind))
  }

  return {
    record: r,
    error,
    reload,
    regionName: (r && regions.data?.regions.find((g) => g.code === r.region)?.name) || r?.region || '',
    busy: act.pending,
    done,
    actionError: act.error,
    transmit: () => void run('transmit'),
    revoke: () => void run('revoke'),
  }
}
